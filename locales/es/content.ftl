# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Textos de la revisión de las traducciones. { $language }: el nombre de un idioma en ese idioma
# (Français, Nederlands, English), lo completa el bot.

# Botón bajo una página que ninguna persona ha revisado todavía: abre la versión revisada.
content-read-checked = ✅ Leer la versión revisada: { $language }
