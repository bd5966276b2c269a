"""`python -m marsad ...` runs the same command line as the `marsad` script."""
from .cli import main

if __name__ == "__main__":
    main()
