# Translation from the French reference (locales/fr); unreviewed until recorded in content/reviews.toml.
# Թարգմանությունների ստուգման տեքստերը։ { $language }՝ լեզվի անունն այդ լեզվով
# (Français, Nederlands, English), լրացնում է բոտը։

# Կոճակ այն էջի տակ, որը դեռ ոչ մի մարդ չի ստուգել. բացում է ստուգված տարբերակը։
content-read-checked = ✅ Կարդալ ստուգված տարբերակը՝ { $language }
