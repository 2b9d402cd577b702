import { Box, Text } from 'ink';
import type { Line } from '../layout/segment.js';
import { lineToAnsi } from '../theme/line-to-ansi.js';

/**
 * Renders laid-out lines, one <Text> per line. Lines already fit the width
 * (layout maths); truncate only guards against a measuring difference between
 * our displayWidth and Ink's string-width.
 */
export function LinesView({ lines, color }: { lines: Line[]; color: boolean }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line.length === 0 ? ' ' : lineToAnsi(line, color)}
        </Text>
      ))}
    </Box>
  );
}
