/**
 * The batch job on Apache Spark: the same core stages as {@code analyze}, over JSONL, WARC or
 * Parquet on any Hadoop-compatible path, written as the same export contracts (JSONL and Parquet).
 * Thin wrappers only: reading and extraction per partition through io's readers, reuse candidates
 * by a shuffle on LSH band keys with the detector's own bounds, classification of each candidate
 * pair by the core classifier, quotes extracted per partition; events, storylines and quote groups
 * by the core stages on the driver (see {@link dev.corroborate.spark.CorroborateJob}).
 */
package dev.corroborate.spark;
