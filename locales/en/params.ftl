# The parameters: the form and its fields, the play controls, the speed
# presets, the timeline, and the messages naming a rejected parameter.
#
# Parameter names ($name, stations=, policy=…), the values given and the
# values a reader types ($low, $high, words such as first or max) are
# passed as variables as the URL spells them: keep them as they are.

## The rejected parameters of a link, above the page.

params-errors-heading = Some parameters in the link were not accepted; the defaults run instead:
# $setting: the parameter and what the link gave, as in the URL (stations=abc);
# $accepted: one of the params-accepted-… texts; $fallback: what runs instead.
params-error = { $setting } is not accepted: expected { $accepted }; using { $fallback }.

## What a parameter accepts (the form's hints and the errors).

params-accepted-whole = a whole number from { $low } to { $high }
params-accepted-event-count = a whole number of events from { $low }
params-accepted-shot-seconds = seconds per { -shot }, from { $low } to { $high }
params-accepted-probability = a probability from 0 to 1
params-accepted-speed-factors = a comma-separated list of at most { $max_items ->
        [one] { $max_items } speed factor
       *[other] { $max_items } speed factors
    }, each from { $low } to { $high }
params-accepted-station-or-none = a { -station } number from 1 to { $high }, or 0 for none
# $form: the syntax of one pair, events:station (keep it as written).
params-accepted-break-pairs = a comma-separated list of { $form } pairs, at most { $max_items }
# $names: a list joined with params-list-…; $alternatives: params-list-alternative, repeated.
params-accepted-name-list = a comma-separated list of { $names }{ $alternatives }
# $max: the word max as the URL takes it.
params-accepted-play-rate = simulated seconds per second from { $low } to { $high }, or { $max }
# $low and $high: two parameter names, such as shot_min and shot_max.
params-accepted-not-above = { $low } no greater than { $high }
# $power: a power of ten as the page writes it, such as 10^6.
params-accepted-fits-clock = a run that fits the simulated clock (at most { $power } seconds if every { -shot } is slowest)
# $setting: policy=… as in the URL.
params-accepted-boxes-per-task = at most { $high ->
        [one] { $high } { -box }
       *[other] { $high } { -box(number: "other") }
    } with { $setting }, which creates a live { -task } for every { -box } up front
params-accepted-no-blocking = no blocking { -station } with { $setting }, whose program has none
params-accepted-station-of-run = a { -station } of the run, from 1 to { $stations }

## Joining words in lists of accepted values: "first, all or queue".

params-list-separator = ,{" "}
params-list-last-or = {" "}or{" "}
params-list-last-and = {" "}and{" "}
params-list-alternative = , or { $word }

## What was given, when a rule between parameters was broken.

# $value: the parameter and its value as given, name=value; $condition:
# another parameter, name=value.
params-given-with = { $value } with { $condition }
# $boxes, $capacity and $shot_max: boxes=…, capacity=… and shot_max=… as
# in the URL.
params-given-fits-clock = { $boxes } with { $capacity }, { $shot_max } and the slowest speed { $speed }

## What runs instead of a rejected value.

params-fallback-every-station = 1 for every { -station }
params-fallback-none = none
params-fallback-random-seed = a random seed
params-fallback-no-breaks = no breaks
params-fallback-start = the start
params-fallback-default-theme = the default theme
params-fallback-rust-first = the last choice, else Rust first
params-fallback-page-default = the page's default
params-fallback-no-lesson = no lesson
params-fallback-english = English
# The defaults of two parameters at once.
params-fallback-both = { $first } and { $second }

## The form.

params-form = Parameters
params-field-stations = { -station(start: "upper", number: "other") }
params-field-capacity = { -dose(start: "upper", number: "other") } per { -box }
params-field-boxes = { -box(start: "upper", number: "other") } in the { -depot }
params-field-shot_min = Shortest { -shot } [s]
params-field-shot_max = Longest { -shot } [s]
params-field-speeds = { -station(start: "upper") } speeds
params-field-fail = Failure chance per { -shot }
params-field-seed = Seed
params-field-blocking = { -station(start: "upper") } that blocks the { -thread }
params-field-policy = { -supervisor(start: "upper") } policy
params-policy-hint = how the { -supervisor } awaits its { -station } { -task(number: "other") }
params-not-accepted = Not accepted: expected { $accepted }
params-new-seed = New seed
params-apply = Apply and reset

## The play controls.

controls = Controls
controls-start = Start
    .title = Start or resume (space)
controls-resume = Resume
    .title = Start or resume (space)
controls-pause = Pause
    .title = Pause (space)
controls-step = Step
    .title = Show exactly one more event (→)
controls-reset = Reset
    .title = Back to the start, with the parameters below (r)
controls-speed = Speed:{" "}
controls-speed-max = as fast as possible
# $factor: simulated seconds per second.
controls-speed-real-time = { $factor }× real time
controls-speed-slow-motion = { $factor }× (slow motion)
# Under the controls after the first Start on a page whose link set no speed.
controls-turn-pace = Slowed to { $speed }× so that each turn of the loop shows: one { -task } runs at a time, never two at once. Speed up with the slider.

## One-click presets.

presets = Speed presets
presets-article = Article's { -shot } times
    .title = 1–100 ms { -shot(number: "other") }, one simulated second per second (resets the run). The clock is virtual: real asyncio runs late and batches close { -timer(number: "other") } (see the code view)
presets-realistic = Realistic 1–3 min { -shot(number: "other") }
    .title = 1–3 minute { -shot(number: "other") } at 600× (resets the run)
presets-max = As fast as possible
    .title = As many events per frame as fit
presets-counting-bug = The article's counting bug
    .title = The article's loop with every { -shot } 50 ms long: each wait returns every { -station } (resets the run)

## The timeline.

timeline = Timeline
timeline-step-back = ◀ Step back
    .title = One event back (←): replays the run up to there
timeline-scrubber = Timeline: event number
timeline-measuring = Timeline: measuring the run
# The scrubber's value for screen readers; $seconds: the clock.
timeline-value = event { $shown } of { $total }, { $seconds } seconds
timeline-position = event { $shown } of { $total }
timeline-position-pending = event { $shown }
# $limit: the most doses a run may have to get a timeline.
timeline-position-too-long = event { $shown } (timeline for runs of up to { $limit ->
        [one] { $limit } { -dose }
       *[other] { $limit } { -dose(number: "other") }
    })
