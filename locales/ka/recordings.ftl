# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = 🔊 მოსმენა
recordings-listen-gone = ეს ჩანაწერი აღარ არის ხელმისაწვდომი.
