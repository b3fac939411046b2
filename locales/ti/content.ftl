# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# ብዛዕባ ምርግጋጽ ትርጉማት ዝገልጹ ጽሑፋት። { $language }፦ ስም ሓደ ቋንቋ ብእቲ ቋንቋ
# (Français, Nederlands, English)፡ ብቦት ይመልእ።

# ኣብ ትሕቲ ገና ብሰብ ዘይተረጋገጸ ገጽ ዘሎ መጠወቒ፦ ነቲ ዝተረጋገጸ ጽሑፍ ይኸፍት።
content-read-checked = ✅ ነቲ ዝተረጋገጸ ጽሑፍ ኣንብቡ፦ { $language }
