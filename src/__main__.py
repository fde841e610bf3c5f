from coordboard.cli import main

raise SystemExit(main())
