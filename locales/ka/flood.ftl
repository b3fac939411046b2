# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = ძალიან სწრაფად აგზავნით ბევრ შეტყობინებას. ყველას წავიკითხავ და ცოტა ხანში გიპასუხებთ. გთხოვთ, ცოტა ნელა წეროთ.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = წავიკითხე ყველა შეტყობინება, რომელიც ზედიზედ გამოგზავნეთ. აი, პასუხი ბოლოზე.
