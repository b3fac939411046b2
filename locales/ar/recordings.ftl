# Pages read aloud by people: what families see. Not reviewed by a person yet.
# Telegram HTML only.

recordings-listen-button = ‏🔊 استمع
recordings-listen-gone = هذا التسجيل لم يعد متاحًا.
