# Teksten over het nalezen van vertalingen. { $language }: de naam van een taal in die taal
# (Français, Nederlands, English), ingevuld door de bot.

# Knop onder een pagina die nog niet door een mens is nagekeken: opent de nagekeken versie.
content-read-checked = ✅ Lees de nagekeken versie: { $language }
