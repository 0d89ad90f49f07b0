// Measures the spread-risk triage on every labelled batch and fails when a gate drops below the
// issue's figures. `--batch name` scores one batch only; every miss is printed, with its reasons.
import {
  confusionTable,
  type Evaluation,
  evaluate,
  markdownTable,
  missesTable,
} from '../functions/domain/triage/evaluate.ts';
import { BATCHES, gateFailures, loadBatch } from './triage-gates.ts';

const only = process.argv.includes('--batch') ? process.argv[process.argv.indexOf('--batch') + 1] : undefined;
const failures: string[] = [];
for (const batch of BATCHES.filter((item) => !only || item.name === only)) {
  const sets = loadBatch(batch);
  if (Object.keys(sets).length === 0) {
    console.log(`\n## ${batch.name}: no fixtures in tests/fixtures/triage/${batch.dir}\n`);
    if (batch.required) failures.push(`${batch.name}: no fixtures`);
    continue;
  }
  const evaluation: Evaluation = evaluate(sets);
  console.log(`\n## ${batch.name} (${batch.about})\n`);
  console.log(markdownTable(evaluation.rows));
  console.log(`\n${markdownTable(evaluation.families, 'family')}`);
  console.log(`\n${confusionTable(evaluation.confusion)}`);
  console.log(
    `\nThe learned component alone: ${evaluation.learned.found} at-risk found, ${evaluation.learned.falseAlarms} false alarms.`,
  );
  console.log(
    evaluation.misses.length === 0
      ? '\nNo misses.'
      : `\n${evaluation.misses.length} misses:\n\n${missesTable(evaluation.misses)}`,
  );
  failures.push(...gateFailures(batch, evaluation).map((failure) => `${batch.name}: ${failure}`));
}

if (failures.length > 0) {
  console.error(`\nBelow the bar:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exitCode = 1;
}
