# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Escuchar
recordings-listen-gone = Esta grabación ya no está disponible.
