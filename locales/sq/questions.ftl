# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.

questions-did-it-help = A iu përgjigj kjo pyetjes suaj?
questions-yes = 👍 Po
questions-no = 👎 Jo
questions-thanks =
    Faleminderit. Mund të shkruani një pyetje tjetër kur të doni, ose shkruani /menu.
questions-choose =
    Disa tema mund t'i përgjigjen pyetjes suaj.
    Cilën doni të hapni?
questions-not-found =
    Nuk gjeta përgjigje për pyetjen tuaj në informacionin e kontrolluar.
    Më mirë jua them sinqerisht sesa të hamendësoj.
questions-not-helped =
    Më vjen keq, kjo faqe nuk iu përgjigj pyetjes suaj.
    Nuk kam përgjigje tjetër të kontrolluar.
questions-coach-offer =
    Edhe coach-i juaj mund t'ju ndihmojë: pyeteni kur ta shihni.
    Së shpejti do të mund t'ia dërgoni pyetjen coach-it përmes këtij boti.
    Coach-i punon për Zyrën e të Huajve. Për mbrojtjen tuaj, flisni me avokatin tuaj.

    Ose zgjidhni një temë më poshtë:
