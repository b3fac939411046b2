# What coordinators read about content edits (staff only: fr, nl, en).

staff-content-refused =
    ⚠️ <b>Edited content was not loaded</b>: { $count ->
        [one] 1 error
       *[other] { $count } errors
    }. Families still read the previous version.
    { $problems }
    Fix the files (or run <code>family-bot content check</code>), then send /reload.
staff-content-loaded = ✅ The edited content is loaded: families read it from now on.
staff-content-unchanged = Nothing changed since the last load.
