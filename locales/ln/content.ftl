# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Makomi mpo na kotala ba traductions. { $language }: kombo ya monoko na monoko yango moko
# (Français, Nederlands, English), bot nde etondisaka yango.

# Bouton na se ya lokasa oyo moto atali naino te: efungolaka lokasa oyo etalamaki.
content-read-checked = ✅ Kotanga lokasa oyo etalamaki: { $language }
