# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# ტექსტები თარგმანების შემოწმების შესახებ. { $language }: ენის სახელი იმავე ენაზე
# (Français, Nederlands, English), ავსებს ბოტი.

# ღილაკი იმ გვერდის ქვეშ, რომელიც ჯერ არცერთ ადამიანს არ შეუმოწმებია: ხსნის შემოწმებულ ვერსიას.
content-read-checked = ✅ შემოწმებული ვერსიის წაკითხვა: { $language }
