# Export for slides: the dialog that exports the lot as a video (WebM), an
# animated GIF, or the moment on screen as a still picture (PNG). Times
# are seconds of the run's simulated time; "speed" is simulated seconds
# per second of the video.

export-title = Export for slides
export-intro = The lot as your slides show it: choose a part of the run's simulated time, a size and a speed, then export it as a video (WebM) or an animated GIF, or save the moment on screen as a picture (PNG).
export-from = From (s)
export-to = To (s)
# $end is the latest time that can be exported, in seconds: the run's end
# when it is known, else the moment on screen.
export-range-hint = Any moment from 0 to { $end } s of the run’s simulated time can be exported.
export-width = Width
# The output's size in pixels, always 16:9.
export-size = { $width } × { $height } px
export-speed = Speed
# One speed in the menu: simulated seconds shown per second of video.
export-speed-option = { $speed } s of the run per second
# What the export will make; $seconds is the video's length.
export-frames = { $frames ->
        [one] { $frames } frame
       *[other] { $frames } frames
    }, { $fps } a second: { $seconds } s of video
export-webm = Export video (WebM)
export-gif = Export GIF
export-png = Save this moment (PNG)
export-preview =
    .aria-label = Preview of the first frame
# The progress bar's label while frames are made.
export-progress = Frame { $done } of { $total }
# After an export; $file is the file's name.
export-done = { $file } saved: { $frames ->
        [one] { $frames } frame
       *[other] { $frames } frames
    }.
export-still-done = { $file } saved.
# Problems with the range, the speed or the browser, named with what is
# accepted. $field is "from" or "to".
export-error-not-a-number = { $field ->
        [from] From
       *[to] To
    }: “{ $given }” is not a number of seconds.
export-error-out-of-run = { $field ->
        [from] From
       *[to] To
    } must be between 0 and { $end } s.
export-error-empty = To must be later than From.
export-error-speed = Choose one of the speeds offered.
export-error-too-many = That is { $frames ->
        [one] { $frames } frame
       *[other] { $frames } frames
    }, and an export makes at most { $max }: shorten the range or choose a higher speed.
export-error-no-webm = This browser cannot record WebM video; the GIF and the picture still work.
export-error-failed = The export stopped: { $detail }
