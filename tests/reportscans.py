"""A plugin's source that counts the terminal summary's scans of every setup and
teardown report (``TerminalReporter.getreports("")``) and prints the count at the
end of the run as "scans: N": the tests of the gate's index of teardown reports
(plugin.py, benchmarks/pytest_gate.py) load it as a conftest or with ``-p``."""

COUNT_SCANS = """
SCANS = []


def pytest_sessionstart(session):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    scan = reporter.getreports

    def counted(name=""):
        if name == "":
            SCANS.append(name)
        return scan(name)

    reporter.getreports = counted


def pytest_unconfigure(config):
    print(f"scans: {len(SCANS)}")
"""
