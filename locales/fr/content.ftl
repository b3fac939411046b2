# Textes de la relecture des traductions. { $language } : le nom d'une langue dans cette langue
# (Français, Nederlands, English), rempli par le bot.

# Bouton sous une page pas encore vérifiée par une personne : ouvre la version vérifiée.
content-read-checked = ✅ Lire la version vérifiée : { $language }
