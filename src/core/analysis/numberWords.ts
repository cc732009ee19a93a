/** Spelled-out numbers candidates write ("two teams", "six hours"). "one" is left out: it is mostly a pronoun. */
export const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens';

/** A count, written in digits or words, as a regex source fragment. */
export const COUNT = `(?:\\d+(?:[.,]\\d+){0,6}|an?|one|${NUMBER_WORDS}|a few|several|a couple of)`;

export const PERIOD_UNIT = '(?:days?|weeks?|months?|quarters?|years?|sprints?)';
