/**
 * Learned decisions: sparse linear classifiers over named features, their fitting on labelled examples and
 * their small, versioned model file. Knows nothing of news or events; the readers that use a model say what
 * its features and labels mean.
 */
package org.sitrep.learn;
