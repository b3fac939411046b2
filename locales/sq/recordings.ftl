# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Dëgjo
recordings-listen-gone = Ky regjistrim nuk është më i disponueshëm.
