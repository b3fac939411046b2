# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = Çok kısa sürede çok sayıda mesaj gönderiyorsunuz. Hepsini okuyorum ve birazdan cevap vereceğim. Lütfen biraz daha yavaş yazın.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = Art arda gönderdiğiniz tüm mesajları okudum. İşte sonuncusunun cevabı.
