# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 Dhageyso
recordings-listen-gone = Duubistan hadda lama heli karo.
