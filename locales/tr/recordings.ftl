# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Dinle
recordings-listen-gone = Bu kayıt artık mevcut değil.
