# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Тексты о проверке переводов. { $language }: название языка на этом языке
# (Français, Nederlands, English), его подставляет бот.

# Кнопка под страницей, которую ещё не проверил человек: открывает проверенную версию.
content-read-checked = ✅ Читать проверенную версию: { $language }
