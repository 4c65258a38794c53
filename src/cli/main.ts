#!/usr/bin/env node
// Placeholder entry while the CLI is built; replaced by the real command line.
import { readFileSync } from 'node:fs';
import { resolveRules } from '../core/config/config';
import { lintText } from '../core/lint';
const path = process.argv[3]!;
const { findings } = lintText(readFileSync(path, 'utf8'), 'plain', resolveRules());
for (const finding of findings) console.log(`${path}:${finding.line}:${finding.column} ${finding.severity} ${finding.reason} ${finding.ruleId}`);
