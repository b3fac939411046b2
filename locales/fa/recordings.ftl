# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = ‏🔊 گوش دادن
recordings-listen-gone = این صدا دیگر در دسترس نیست.
