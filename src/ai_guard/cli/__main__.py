from ai_guard.cli import main

raise SystemExit(main())
