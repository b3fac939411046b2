# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Texts about the review of translations, in Kurmanji. { $language }: the name of a language in that
# language (Français, Nederlands, English), filled in by the bot. Reference: locales/fr/content.ftl.

# Button under a page no person has checked yet: opens the checked version.
content-read-checked = ✅ Nivîsa kontrolkirî bixwînin: { $language }
