# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Qoraallada ku saabsan hubinta tarjumaadaha. { $language }: magaca luqad, oo ku qoran luqaddaas
# (Français, Nederlands, English), waxaa buuxiya bot-ka.

# Badhan ka hooseeya bog aan weli qof hubin: wuxuu furaa nuqulka la hubiyay.
content-read-checked = ✅ Akhri nuqulka la hubiyay: { $language }
