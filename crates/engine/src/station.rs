//! The station task: one box of doses, one shot at a time.
//!
//! The Rust twin of the classic asyncio station coroutine. It sleeps on
//! the virtual clock for each shot, reports every shot given, and returns
//! when the box is empty, or returns an error (never panics) when a dose
//! spoils.
//!
//! Owns one box's shots and the random stream they are drawn from. It
//! never opens a box or keeps a tally (the supervisor does), and reaches
//! time only through its own [`Sleep`] (or `block_for`, in the blocking
//! experiment).

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64Mcg;

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures::future::Either;

use super::clock::Sleep;
use super::config::Config;
use super::context::RunContext;
use super::event::{Event, EventKind, StationError};
use super::time::SimDuration;

/// What a station's task returns when its box is empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoxReport {
    /// Doses given from the box: all of them, the capacity.
    pub doses_given: u32,
}

/// What a station's task returns when it fails mid-box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StationFailure {
    /// Why the task failed.
    pub error: StationError,
    /// Doses still in the box, now wasted (the spoiled one among them).
    pub doses_left: u32,
}

/// The random stream of one station working through one box.
///
/// Keyed by (seed, station, box) rather than shared, so that the draws a
/// station makes cannot depend on the order in which the executor polls
/// tasks woken at the same instant.
pub(crate) fn box_stream(seed: u64, station: u32, box_no: u32) -> Pcg64Mcg {
    let key = splitmix64(seed ^ splitmix64((u64::from(station) << 32) | u64::from(box_no)));
    Pcg64Mcg::seed_from_u64(key)
}

/// SplitMix64's finaliser: spreads nearby keys over the whole `u64` range.
const fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Draws one shot's duration: uniform over the whole microseconds of
/// `[shot_min, shot_max]`, divided by the station's speed factor, and never
/// shorter than 1 µs.
pub(crate) fn draw_shot(
    rng: &mut Pcg64Mcg,
    shot_min: u64,
    shot_max: u64,
    speed: f64,
) -> SimDuration {
    let at_speed_one = rng.random_range(shot_min..=shot_max);
    let micros = if speed == 1.0 {
        at_speed_one
    } else {
        (at_speed_one as f64 / speed).round() as u64
    };
    SimDuration::from_micros(micros.max(1))
}

/// The draws of one station working through one box: each shot's
/// duration, then (with failures on) whether its dose spoils. The task and
/// [`box_plan`] both read a box through this, so a plan is exactly what
/// the task draws.
pub struct BoxDraws {
    rng: Pcg64Mcg,
    /// Shot range at speed factor 1 \[µs\].
    shot_range_micros: (u64, u64),
    speed: f64,
    fail: f64,
}

impl BoxDraws {
    /// The draws of box `box_no` opened by `station` in a run of `config`
    /// with `seed`: the same stream the station's task reads.
    pub fn new(config: &Config, seed: u64, station: u32, box_no: u32) -> BoxDraws {
        let (shot_min, shot_max) = config.shot_range();
        BoxDraws {
            rng: box_stream(seed, station, box_no),
            shot_range_micros: (
                shot_min.as_micros(),
                shot_max.as_micros().max(shot_min.as_micros()),
            ),
            speed: config.speed_of(station),
            fail: config.fail,
        }
    }

    /// The next shot's duration.
    pub fn shot(&mut self) -> SimDuration {
        let (shot_min, shot_max) = self.shot_range_micros;
        draw_shot(&mut self.rng, shot_min, shot_max, self.speed)
    }

    /// Whether the dose of the shot just drawn spoils. Drawn only when
    /// failures are on, so that runs without them use their stream for
    /// shot times alone.
    pub fn spoils(&mut self) -> bool {
        self.fail > 0.0 && self.rng.random::<f64>() < self.fail
    }
}

/// What one box holds in store for the station that opens it: the
/// duration of each shot it will give \[µs\], and the shot (1-based) whose
/// dose spoils, if one does. For checking the engine against other
/// runtimes fed the same draws (the asyncio differential test).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoxPlan {
    /// Each shot's duration, in order \[µs\]; when a dose spoils, the last
    /// is that shot's.
    pub shots_micros: Vec<u64>,
    /// The 1-based shot whose dose spoils; `None` if none does.
    pub spoils_at: Option<u32>,
}

/// The plan of box `box_no` opened by `station` in a run of `config` with
/// `seed` (breaks by hand aside: they come from outside the draws).
pub fn box_plan(config: &Config, seed: u64, station: u32, box_no: u32) -> BoxPlan {
    let mut draws = BoxDraws::new(config, seed, station, box_no);
    let mut plan = BoxPlan {
        shots_micros: Vec::new(),
        spoils_at: None,
    };
    for shot in 1..=config.capacity {
        plan.shots_micros.push(draws.shot().as_micros());
        if draws.spoils() {
            plan.spoils_at = Some(shot);
            break;
        }
    }
    plan
}

/// How a shot's wait ended.
enum ShotEnd {
    Given,
    Broken,
}

/// The shot's sleep, cut short if the station is broken by hand.
struct ShotOrBreak<'a> {
    timer: &'a mut Sleep,
    broken: &'a Cell<bool>,
}

impl Future for ShotOrBreak<'_> {
    type Output = ShotEnd;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<ShotEnd> {
        if self.broken.replace(false) {
            return Poll::Ready(ShotEnd::Broken);
        }
        Pin::new(&mut *self.timer).poll(cx).map(|()| ShotEnd::Given)
    }
}

/// The task of `station` on box `box_no`: [`give_box`], which for a
/// station that blocks the thread may first hand the thread back to the
/// driver (see [`HandBack`]).
pub(crate) fn run_station(
    run: Rc<RunContext>,
    station: u32,
    box_no: u32,
) -> impl Future<Output = Result<BoxReport, StationFailure>> {
    let blocks_the_thread = run.config.blocking == Some(station);
    let shots = give_box(run.clone(), station, box_no);
    if blocks_the_thread {
        Either::Left(HandBack {
            run,
            box_future: Box::pin(shots),
            handed_back: false,
        })
    } else {
        Either::Right(shots)
    }
}

/// A box of a station that blocks the thread. Such a box runs whole in one
/// poll, and under the workers one worker's poll goes on from box to box
/// with no turn of the loop between them, as asyncio's would: its events
/// pile up, and the page would freeze until the run ends. Before each box,
/// if events have piled up, the run pauses with this task first in line
/// ([`TaskMonitor::pause_for`](crate::TaskMonitor)): the driver takes the
/// events and resumes the run, and this task goes on before any other, so
/// the run is the same event for event. At most once per box, so every
/// resume makes progress.
struct HandBack<F> {
    run: Rc<RunContext>,
    box_future: Pin<Box<F>>,
    handed_back: bool,
}

/// Events waiting for the driver beyond which a blocking station's next
/// box hands the thread back first (about 160 KB of events).
const EVENTS_PILED_UP: usize = 4096;

impl<F: Future> Future for HandBack<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        if !self.handed_back && self.run.events.len() >= EVENTS_PILED_UP {
            self.handed_back = true;
            self.run.monitor.pause_for(cx.waker());
            return Poll::Pending;
        }
        self.handed_back = true;
        self.box_future.as_mut().poll(cx)
    }
}

/// Gives the shots of box `box_no` at `station` until the box is empty.
async fn give_box(
    run: Rc<RunContext>,
    station: u32,
    box_no: u32,
) -> Result<BoxReport, StationFailure> {
    let capacity = run.config.capacity;
    let mut draws = BoxDraws::new(&run.config, run.seed, station, box_no);
    let mut doses_left = capacity;
    // One timer for the whole box, re-armed per shot.
    let mut shot_timer = run.clock.sleep(SimDuration::ZERO, station);
    let blocks_the_thread = run.config.blocking == Some(station);
    // The station's own flags, looked up once rather than once per shot.
    let broken = &run.broken[station as usize - 1];
    let doses_left_shown = &run.doses_left[station as usize - 1];
    while doses_left > 0 {
        let duration = draws.shot();
        if blocks_the_thread {
            // The experiment: the shot holds the thread instead of awaiting,
            // so nothing else can run until the whole box is done.
            run.clock.block_for(duration);
        } else {
            shot_timer.reset(duration);
            let shot = ShotOrBreak {
                timer: &mut shot_timer,
                broken,
            };
            if let ShotEnd::Broken = shot.await {
                let shot = capacity - doses_left + 1;
                return Err(StationFailure {
                    error: StationError::BrokenByHand { shot },
                    doses_left,
                });
            }
        }
        if draws.spoils() {
            let shot = capacity - doses_left + 1;
            return Err(StationFailure {
                error: StationError::SpoiledDose { shot },
                doses_left,
            });
        }
        doses_left -= 1;
        doses_left_shown.set(doses_left);
        run.events.emit(Event {
            at: run.clock.now(),
            kind: EventKind::ShotGiven {
                station,
                box_no,
                doses_left,
            },
        });
    }
    Ok(BoxReport {
        doses_given: capacity,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_differ_per_station_and_box_and_repeat_per_key() {
        let draw = |seed, station, box_no| box_stream(seed, station, box_no).random::<u64>();
        assert_eq!(draw(1, 2, 3), draw(1, 2, 3));
        assert_ne!(draw(1, 2, 3), draw(1, 3, 2));
        assert_ne!(draw(1, 2, 3), draw(2, 2, 3));
        assert_ne!(draw(1, 2, 3), draw(1, 2, 4));
    }

    #[test]
    fn a_plan_is_the_draws_of_its_box() {
        let config = Config {
            fail: 0.05,
            capacity: 50,
            ..Config::default()
        };
        let plan = box_plan(&config, 4, 2, 7);
        let mut draws = BoxDraws::new(&config, 4, 2, 7);
        for (index, micros) in plan.shots_micros.iter().enumerate() {
            assert_eq!(draws.shot().as_micros(), *micros);
            let spoiled = draws.spoils();
            assert_eq!(spoiled, plan.spoils_at == Some(index as u32 + 1));
        }
        let without_failures = box_plan(&Config::default(), 4, 2, 7);
        assert_eq!(without_failures.shots_micros.len(), 100);
        assert_eq!(without_failures.spoils_at, None);
    }

    #[test]
    fn shots_stay_in_range_and_scale_with_speed() {
        let mut rng = box_stream(9, 1, 1);
        for _ in 0..10_000 {
            let shot = draw_shot(&mut rng, 1_000, 100_000, 1.0).as_micros();
            assert!((1_000..=100_000).contains(&shot));
            let fast = draw_shot(&mut rng, 1_000, 100_000, 2.0).as_micros();
            assert!((500..=50_000).contains(&fast));
        }
        assert_eq!(
            draw_shot(&mut rng, 1, 1, 100.0).as_micros(),
            1,
            "never shorter than 1 µs"
        );
    }
}
