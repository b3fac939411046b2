# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Guhdarî bike
recordings-listen-gone = Ev tomar êdî ne berdest e.
