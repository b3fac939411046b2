# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Texts about the review of translations, in Sorani. { $language }: the name of a language in that
# language (Français, Nederlands, English), filled in by the bot. Reference: locales/fr/content.ftl.
# Right to left: the line starts with an emoji and a Kurdish word, never with the language's name.

# Button under a page no person has checked yet: opens the checked version.
content-read-checked = ✅ دەقی پشکنراو بخوێننەوە: { $language }
