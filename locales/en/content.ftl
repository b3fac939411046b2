# Texts about the review of translations. { $language }: the name of a language in that language
# (Français, Nederlands, English), filled in by the bot.

# Button under a page no person has checked yet: opens the checked version.
content-read-checked = ✅ Read the checked version: { $language }
