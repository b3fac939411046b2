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
    Mund t'ia dërgoni pyetjen edhe përmes këtij boti: prekni "📨 Dërgoja pyetjen time coach-it". Para dërgimit do të shihni kush do ta lexojë; pa pëlqimin tuaj nuk dërgohet asgjë.
    Coach-i punon për Zyrën e të Huajve. Për mbrojtjen tuaj, flisni me avokatin tuaj.

    Ose zgjidhni një temë më poshtë:
