# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Tekstet për kontrollin e përkthimeve. { $language }: emri i një gjuhe në atë gjuhë
# (Français, Nederlands, English), e plotëson boti.

# Butoni poshtë një faqeje që ende nuk e ka kontrolluar një person: hap versionin e kontrolluar.
content-read-checked = ✅ Lexoni versionin e kontrolluar: { $language }
