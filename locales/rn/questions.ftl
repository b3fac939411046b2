# Translation from the French reference (locales/fr/questions.ftl); unreviewed until recorded in content/reviews.toml.
# Ibibazo vyanditswe: bot irondera urupapuro rwasuzumwe rwishura; ntiyigera yandika inyishu yayo bwite.
# HTML ya Telegram: <b>, <i>, <u>, <a href="...">, <code>, <blockquote>.

questions-did-it-help = Ivyo vyishuye ikibazo canyu?
questions-yes = 👍 Ego
questions-no = 👎 Oya
questions-thanks =
    Murakoze. Mushobora kwandika ikindi kibazo igihe cose mushaka, canke mwandike /menu.
questions-choose =
    Impapuro nyinshi zishobora kwishura ikibazo canyu.
    Ni uruhe mushaka kugurura?
questions-not-found =
    Sinabonye inyishu y'ikibazo canyu mu makuru yasuzumwe.
    Ndahitamwo kubibabwira aho gukeka.
questions-not-helped =
    Mutubabarire, urwo rupapuro ntirwishuye ikibazo canyu.
    Nta yindi nyishu yasuzumwe mfise.
questions-coach-offer =
    Coach wanyu na we arashobora kubafasha: mumubaze ico kibazo nimumubona.
    Mushobora kandi kumurungikira ikibazo canyu biciye kuri iyi bot: mufyonde « 📨 Rungikira coach wanje ikibazo canje ». Imbere y'uko kirungikwa, muzobona uwuzogisoma; nta kirungikwa mutabitanzeko uruhusha.
    Coach akorera Office des Étrangers. Ku vyerekeye ukwiburanira kwanyu, muvugane n'umwavoka wanyu.

    Canke muhitemwo ico mushaka kumenya ng'aha munsi:
