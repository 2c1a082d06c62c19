import { TrainingStatus } from "./supervisor.entity.js";

/** Today's calendar date in Sweden (the pool's dates are Swedish calendar dates, not UTC ones). */
export function swedishToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = year + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const lastDay = month === 2 ? (leap ? 29 : 28) : day;
  return `${String(target).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
}

/**
 * How long a supervisor training stays valid (server config SUPERVISOR_TRAINING_VALID_YEARS): one
 * rule for the register, the placement pages and the organisation setting that placements enforce.
 */
export class TrainingRule {
  constructor(
    readonly validYears: number,
    private readonly today: () => string = () => swedishToday(),
  ) {}

  /** The day the training is due again, or null when there is none. */
  dueOn(trainedOn: string | null): string | null {
    return trainedOn ? addYears(trainedOn, this.validYears) : null;
  }

  status(trainedOn: string | null): TrainingStatus {
    const due = this.dueOn(trainedOn);
    if (due === null) return TrainingStatus.NOT_TRAINED;
    return due <= this.today() ? TrainingStatus.DUE : TrainingStatus.TRAINED;
  }

  isInFuture(date: string): boolean {
    return date > this.today();
  }
}
