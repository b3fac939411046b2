# Translated from the French flood.ftl; not reviewed by a person yet.

# At the first message over the limit: all of them will be read and answered.
flood-slow-down = أنتم ترسلون رسائل كثيرة بسرعة كبيرة. سأقرأها كلها وأرد بعد لحظة. من فضلكم اكتبوا ببطء أكثر قليلاً.
# Before the answer to the last of a run of messages sent too fast, which covers them all.
flood-read-all = قرأت كل الرسائل التي أرسلتموها واحدة بعد الأخرى. هذا هو الرد على آخرها.
