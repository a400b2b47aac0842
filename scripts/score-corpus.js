/**
 * Scores request detection on the team's shared labelled corpus (../shared/corpus beside the
 * clone, as on the team's machines and CI). A clone without it says so and skips the score.
 */
const { spawnSync } = require("child_process");
const { existsSync } = require("fs");
const path = require("path");

const scorer = path.resolve(__dirname, "../../shared/tools/score-corpus.py");
if (!existsSync(scorer)) {
  console.log(`corpus score skipped: ${scorer} not found (the shared corpus lives beside the clone)`);
  process.exit(0);
}
const result = spawnSync("python3", [scorer, "--project", path.resolve(__dirname, "..")], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
