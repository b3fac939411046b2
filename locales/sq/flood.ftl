# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Po dërgoni shumë mesazhe shumë shpejt. I lexoj të gjitha dhe ju përgjigjem pas një çasti. Ju lutem, shkruani pak më ngadalë.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = I lexova të gjitha mesazhet që dërguat njëri pas tjetrit. Ja përgjigjja për të fundit.
