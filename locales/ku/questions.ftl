# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.
# Typed questions: the bot looks for the checked page that answers; it never writes an answer itself.

questions-did-it-help = Ma ev bersiva pirsa we dide?
questions-yes = 👍 Erê
questions-no = 👎 Na
questions-thanks =
    Spas. Hûn dikarin kengê bixwazin pirseke din binivîsin, an /menu binivîsin.
questions-choose =
    Çend mijar dikarin bersiva pirsa we bidin.
    Hûn dixwazin kîjanê vekin?
questions-not-found =
    Min di agahiyên kontrolkirî de bersiva pirsa we nedît.
    Ez dixwazim vê ji we re bibêjim, ne ku texmîn bikim.
questions-not-helped =
    Bibore, vê rûpelê bersiva pirsa we neda.
    Bersiveke min a din a kontrolkirî tune.
questions-coach-offer =
    Şêwirmendê we jî dikare alîkariya we bike: gava hûn wî dibînin, jê bipirsin.
    Hûn dikarin pirsa xwe bi vî botî jî jê re bişînin: « 📨 Pirsa min ji şêwirmendê min re bişîne » bitikînin. Berî şandinê hûn ê bibînin kî wê dixwîne; bê erêkirina we tiştek nayê şandin.
    Şêwirmend ji bo Ofîsa Biyaniyan dixebite. Ji bo parastina xwe, bi parêzerê xwe re biaxivin.

    An jî li jêr mijarekê hilbijêrin:
