# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.

questions-did-it-help = Tani ma ka jawaabtay su'aashaada?
questions-yes = 👍 Haa
questions-no = 👎 Maya
questions-thanks =
    Mahadsanid. Waqti kasta waxaad qori kartaa su'aal kale, ama qor /menu.
questions-choose =
    Mowduucyo dhowr ah ayaa ka jawaabi kara su'aashaada.
    Kee baad rabtaa inaad furto?
questions-not-found =
    Kama helin jawaab su'aashaada macluumaadka la hubiyay.
    Waxaan door bidayaa inaan runta kuu sheego intii aan qiyaasi lahaa.
questions-not-helped =
    Waan ka xumahay, boggani kama jawaabin su'aashaada.
    Ma hayo jawaab kale oo la hubiyay.
questions-coach-offer =
    Coach-kaaguna wuu ku caawin karaa: weydii marka aad aragto.
    Dhowaan waxaad su'aashaada coach-kaaga ugu diri kartaa botkan.
    Coach-ku wuxuu u shaqeeyaa Xafiiska Ajaanibta. Difaacaaga, la hadal qareenkaaga.

    Ama hoos ka dooro mowduuc:
