//go:build !unix

package conduct

import "time"

func processCPU() time.Duration { return 0 }
