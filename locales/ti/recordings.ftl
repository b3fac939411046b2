# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 ስምዑ
recordings-listen-gone = እዚ ድምጺ ደጊም የለን።
