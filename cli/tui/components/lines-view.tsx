import { Box, Text } from 'ink';
import type { Line } from '../layout/segment.js';
import { inkStyle } from '../theme/tui-theme.js';

// Last line of defence (DESIGN §8): whatever reaches Ink has no control characters.
// The layout already sanitised article text; this is cheap and catches anything missed.
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

/** Renders laid-out lines. Lines are already cut to the width; truncate guards against measuring differences. */
export function LinesView({ lines, color }: { lines: Line[]; color: boolean }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((s, j) => (
                <Text key={j} {...inkStyle(s.style, color)}>
                  {s.text.replace(CONTROL, '')}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
