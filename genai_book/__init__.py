"""Shared code of the data edition of 《生成式人工智能应用发展报告（2025）》: data, charts, formatting, build."""
