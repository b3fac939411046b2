# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Amajambo yo gusuzuma ubuhinduzi. { $language }: izina ry'ururimi mu rurimi rwarwo
# (Français, Nederlands, English), ryuzuzwa na bot.

# Akabuto kari munsi y'urupapuro ntarasuzumwa n'umuntu: kugurura urupapuro rwasuzumwe.
content-read-checked = ✅ Gusoma urupapuro rwasuzumwe: { $language }
