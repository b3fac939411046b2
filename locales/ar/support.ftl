# طلبات المساعدة: التحدث مع شخص، بموافقة العائلة. تقرؤها العائلات.
# HTML تيليغرام فقط. القيم { $... } يملؤها البوت. الأرقام: فقط من FACTS.md، القسم 6.

command-talk = التحدث مع شخص
command-requests = طلبات المساعدة الخاصة بي

support-talk-button = 🗣 أريد أن أتحدث مع شخص
support-question-button = 📨 إرسال سؤالي إلى المرشد

support-crisis =
    <b>إذا كان الأمر خطيرًا أو عاجلًا، اتصلوا الآن.</b> مجاني.
    • 112: خطر مباشر، الطوارئ
    • 1813: خط الوقاية من الانتحار (Zelfmoordlijn). بالهولندية، 24 ساعة في اليوم، وأيضًا بالدردشة.
    • 0800 32 123: مركز الوقاية من الانتحار (Centre de Prévention du Suicide). بالفرنسية، 24 ساعة في اليوم. الاستشارات أيضًا بالإنجليزية والعربية والإسبانية.
    • 106: خط الاستماع (Tele-Onthaal). بالهولندية.
    • 107: خط الاستماع (Télé-Accueil). بالفرنسية.
    للأطفال:
    • 102: آول (Awel). بالهولندية.
    • 103: خط الاستماع للأطفال (Écoute-Enfants). بالفرنسية.
    • 116 000: تشايلد فوكس (Child Focus).

support-ask-kind = ما نوع المساعدة التي تريدونها؟
support-kind-coach = 👤 التحدث مع المرشد الخاص بي
support-kind-psychological = 🧠 مساعدة نفسية مستقلة
support-kind-child = 🧒 مساعدة لطفل
support-kind-urgent = 🚨 عاجل، اليوم
support-button-cancel = ✖️ إلغاء
support-cancelled = تم الإلغاء. لم يُرسَل شيء ولم يُحفَظ شيء.
support-draft-gone = لم يُرسَل هذا الطلب (إنه قديم جدًا أو أُعيد تشغيل البوت). ابدؤوا من جديد من فضلكم.
support-button-skip = ➡️ بدون رسالة
support-ask-message =
    يمكنكم كتابة رسالة، بلغتكم أو بأي لغة أخرى.
    أو اضغطوا على «بدون رسالة».
support-message-too-long = يجب ألا تزيد الرسالة عن { $limit } حرف. اختصروها وأرسلوها من جديد من فضلكم.

support-reader-coach = المرشد الخاص بكم، <b>{ $coach }</b>، الذي يعمل لدى مكتب الأجانب
support-reader-coordinators = منسقو المرشدين (ليس لديكم مرشد يمكن الوصول إليه عبر هذا البوت)
support-nobody =
    لا يمكن لأحد أن يستلم طلبًا عبر هذا البوت في الوقت الحالي. لم يُرسَل شيء ولم يُحفَظ شيء.
    استعملوا الأرقام أعلاه، أو تحدثوا مع المرشد عندما ترونه.

support-consent =
    <b>قبل الإرسال، تحققوا:</b>
    المساعدة المطلوبة: { $kind }
    ‏{ $message }

    <b>من سيقرأه:</b> { $reader }.
    <b>ما يُحفَظ:</b> نوع المساعدة ورسالتكم والتاريخ. تُمحى رسالتكم بعد { $days } يومًا من انتهاء الطلب. الأمر /requests يعرض طلباتكم، والأمر /forget يمحو كل شيء.

    لا يُرسَل شيء قبل أن تضغطوا على «إرسال».
support-consent-message =
    رسالتكم:
    ‏<blockquote>{ $text }</blockquote>
support-consent-no-message = بدون رسالة.
support-consent-independent = يمكن للمرشد أن يوجهكم إلى خدمة مستقلة (Ulysse، Exil، Solentra) أو إلى خط استماع.
support-button-send = 📤 إرسال

support-receipt =
    ✅ تم حفظ طلبكم رقم { $id }. سيقرؤه { $reader }.
    ستصلكم رسالة هنا عندما يقرؤه شخص ما.
    ما دام لم يُقرأ، يمكنكم سحبه: /requests
support-button-requests = 📋 طلباتي

support-status-unread = ⏳ لم يُقرأ بعد
support-status-read = 👀 قُرئ
support-status-replied = 💬 أُرسل رد
support-status-referred = 🤝 اقتُرحت خدمة
support-status-withdrawn = ↩️ سُحب
support-requests-none = لم ترسلوا أي طلب مساعدة.
support-requests-title = <b>طلبات المساعدة الخاصة بكم</b>
support-requests-item = • الطلب رقم { $id } · { $kind } · { $when } · { $status }
support-button-withdraw = ↩️ سحب الطلب رقم { $id }
support-button-withdraw-yes = ↩️ نعم، سحب الطلب
support-button-keep = الإبقاء عليه
support-withdraw-confirm = سحب الطلب رقم { $id }؟ لن يُقرأ.
support-withdraw-too-late = هذا الطلب قُرئ أو سُحب من قبل: لم يعد ممكنًا سحبه.
support-withdrawn = ↩️ سُحب الطلب رقم { $id }. إذا كان قد وصل إلى هاتف الشخص، فسيُبلَّغ بأنه سُحب.

support-family-read =
    👀 قرأ { $by ->
        [coach] المرشد الخاص بكم
       *[coordinator] أحد المنسقين
    } طلبكم رقم { $id }.
support-family-reply-phrase =
    💬 رد على طلبكم رقم { $id }، من { $by ->
        [coach] المرشد الخاص بكم
       *[coordinator] أحد المنسقين
    }:
    ‏{ $phrase }
support-family-reply-text =
    💬 رد على طلبكم رقم { $id }، كتبه { $by ->
        [coach] المرشد الخاص بكم
       *[coordinator] أحد المنسقين
    } (كلماته هو، بدون ترجمة):
    ‏<blockquote>{ $text }</blockquote>
support-family-referred =
    🤝 بخصوص طلبكم رقم { $id }، يقترح عليكم { $by ->
        [coach] المرشد الخاص بكم
       *[coordinator] أحد المنسقين
    } هذه الخدمة المستقلة:
    ‏{ $service }

support-service-ulysse =
    <b>أوليس (Ulysse)</b>، في بروكسل: للأشخاص الذين إقامتهم غير مستقرة. مجاني، مع مترجمين.
    اسألوا المرشد أو الطبيب كيف تصلون إليها.
support-service-exil =
    <b>إكزيل (Exil)</b>، في بروكسل: للأشخاص الذين نجوا من التعذيب أو من العنف المنظم. مجاني.
    اسألوا المرشد أو الطبيب كيف تصلون إليها.
support-service-solentra =
    <b>سولنترا (Solentra)</b>، في مستشفى UZ Brussel: للأطفال اللاجئين من عمر سنتين ونصف، ولعائلاتهم. مجاني.
    يجب أن يرسلكم إليها شخص مختص: اسألوا المرشد أو الطبيب.
support-service-lines =
    <b>خطوط الاستماع</b>، مجانية:
    • 1813: خط الوقاية من الانتحار (Zelfmoordlijn). بالهولندية، 24 ساعة في اليوم، وأيضًا بالدردشة.
    • 0800 32 123: مركز الوقاية من الانتحار (Centre de Prévention du Suicide). بالفرنسية، 24 ساعة في اليوم. الاستشارات أيضًا بالإنجليزية والعربية والإسبانية.
    • 106: خط الاستماع (Tele-Onthaal). بالهولندية.
    • 107: خط الاستماع (Télé-Accueil). بالفرنسية.
support-service-children =
    <b>خطوط للأطفال</b>، مجانية:
    • 102: آول (Awel). بالهولندية.
    • 103: خط الاستماع للأطفال (Écoute-Enfants). بالفرنسية.
    • 116 000: تشايلد فوكس (Child Focus).

support-not-allowed = ⛔ هذا الطلب ليس من طلباتكم. لم يتم فعل أي شيء.

support-privacy-notice = • طلبات المساعدة، إذا أرسلتموها: نوع المساعدة ورسالتكم والتواريخ. لكي يتمكن المرشد (أو أحد المنسقين) من الرد عليكم. المرشد يعمل لدى مكتب الأجانب.
support-privacy-retention = • تُمحى رسالة طلب المساعدة بعد { $days } يومًا من انتهاء الطلب.
support-mydata-title = <b>طلبات المساعدة</b>
support-mydata-item = • الطلب رقم { $id }: { $kind }
support-mydata-item-with-text = • الطلب رقم { $id }: { $kind }، مع رسالتكم

## Voice notes

support-voice-outside = لا أستطيع الاستماع إلى الرسائل الصوتية. هل تريد إرسال هذه الرسالة الصوتية إلى شخص؟
support-voice-send-button = 📨 أرسلها إلى شخص
support-voice-crisis-button = ‏🆘 أرقام الطوارئ
support-voice-too-long = يمكن أن تكون الرسالة الصوتية { $minutes } دقائق على الأكثر. أرسل رسالة أقصر، أو اكتب.
support-consent-voice = رسالتك الصوتية: { $seconds } ثانية. الشخص المذكور أدناه فقط سيسمعها. لا أحد يكتبها أو يترجمها.
support-mydata-item-with-voice = • الطلب رقم { $id }: { $kind }، مع رسالة صوتية مدتها { $seconds } ثانية
support-ask-voice = 🎤 يمكنك أيضًا إرسال رسالة صوتية.
