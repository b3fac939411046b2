# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Çevirilerin kontrolüyle ilgili metinler. { $language }: bir dilin o dildeki adı
# (Français, Nederlands, English), bot tarafından doldurulur.

# Henüz bir kişinin kontrol etmediği bir sayfanın altındaki düğme: kontrol edilmiş sürümü açar.
content-read-checked = ✅ Kontrol edilmiş sürümü okuyun: { $language }
